"""The archive's schema migrations, one module per revision, oldest first."""
