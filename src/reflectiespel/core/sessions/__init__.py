"""Sessions: the document, named operations, one host, saving and opening, werkvormen, team turns."""
