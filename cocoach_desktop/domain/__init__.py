"""The archive's plain records: the vocabulary storage, features and exports share."""
