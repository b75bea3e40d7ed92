--TEST--
mb_strtoupper() and mb_strtolower() use full Unicode case mapping
--INI--
extension=mbstring
--FILE--
<?php
var_dump(mb_strtoupper("héllo wörld"));
var_dump(mb_strtoupper("straße ﬁ ǆ"));
var_dump(mb_strtolower("ÀÉÎÕÜ ΣΑΣ İ"));
var_dump(mb_strtoupper("ǅ"), mb_strtolower("ǅ"));
var_dump(mb_strtoupper("abc\xC3"), mb_strtolower("\x80X"));
--EXPECT--
string(13) "HÉLLO WÖRLD"
string(13) "STRASSE FI Ǆ"
string(21) "àéîõü σασ i̇"
string(2) "Ǆ"
string(2) "ǆ"
string(4) "ABC?"
string(2) "?x"
