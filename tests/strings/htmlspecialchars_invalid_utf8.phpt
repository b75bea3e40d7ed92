--TEST--
htmlspecialchars() with invalid UTF-8: substitute, ignore or return ""
--FILE--
<?php
$bad = "a\xC3(b \xE2\x82 c\xF0\x9F\x98 d\xED\xA0\x80";
var_dump(bin2hex(htmlspecialchars($bad)));
var_dump(htmlspecialchars($bad, ENT_QUOTES | ENT_IGNORE));
var_dump(htmlspecialchars($bad, ENT_QUOTES));
var_dump(htmlspecialchars("caf\xC3\xA9 <ok>", ENT_QUOTES));
--EXPECT--
string(40) "61efbfbd286220efbfbd2063efbfbd2064efbfbd"
string(8) "a(b  c d"
string(0) ""
string(16) "café &lt;ok&gt;"
