"""The page on screen: the image view with its box items, the message banner and the page panel."""
