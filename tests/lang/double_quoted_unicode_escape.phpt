--TEST--
\u{...} escapes encode UTF-8
--FILE--
<?php
var_dump("\u{41}", "\u{e9}", "\u{20AC}", "\u{1F600}", "\u{0000041}", "\u");
var_dump(strlen("\u{e9}"), strlen("\u{1F600}"));
--EXPECT--
string(1) "A"
string(2) "é"
string(3) "€"
string(4) "😀"
string(1) "A"
string(2) "\u"
int(2)
int(4)
