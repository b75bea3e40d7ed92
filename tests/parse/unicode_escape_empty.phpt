--TEST--
an empty or unclosed \u{} escape
--FILE--
<?php
echo "a\u{}b";
--EXPECTF--

Parse error: Invalid UTF-8 codepoint escape sequence in %s on line 2
