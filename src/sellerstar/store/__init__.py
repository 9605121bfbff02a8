"""The system of record: tables (`schema`), engines (`db`) and migrations (`migrate`)."""
