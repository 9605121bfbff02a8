"""Batch jobs: they read the store, compute, and write their results back.

Every job takes an ``sa.Engine`` that its caller (the CLI, the web app, the scheduler, the
demo) created and disposes of: a job opens its own transactions on it, because it reads
outside the transaction that writes and records its run in ``job_runs`` apart from both.
Services, by contrast, take an ``sa.Connection`` and write inside the caller's transaction.

``metrics`` (merchant metrics and order tracking), ``stars`` (predicted star levels),
``guarantee`` (penalty points and compensations), ``daily`` (the three in order, under the
daily lock, and starting it from the console), ``official`` (the monthly official star
evaluation) and ``scheduler`` (runs them when they fall due).
"""
