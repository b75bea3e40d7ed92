--TEST--
a \u{} escape above U+10FFFF
--FILE--
<?php
echo "ok
\u{110000}";
--EXPECTF--

Parse error: Invalid UTF-8 codepoint escape sequence: Codepoint too large in %s on line 3
