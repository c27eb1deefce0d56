"""The facilitator's main window and its dialogs: where the features meet on screen."""
