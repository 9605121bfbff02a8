"""Getting marketplace data in: the contract import (:mod:`.contract`) and tracking sources."""
