"""Writers: the report model out to HTML and to WordPress block markup."""
