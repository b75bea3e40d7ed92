--TEST--
htmlentities() uses the HTML 4.01 named entities
--FILE--
<?php
var_dump(htmlentities("café © ™ € “quoted” <b>"));
var_dump(htmlentities("naïve Ελληνικά"));
var_dump(htmlentities("\xE9", ENT_QUOTES, "ISO-8859-1"));
var_dump(htmlentities("bad \xC3 byte"));
var_dump(htmlentities("é", ENT_QUOTES | ENT_XML1));
--EXPECT--
string(64) "caf&eacute; &copy; &trade; &euro; &ldquo;quoted&rdquo; &lt;b&gt;"
string(60) "na&iuml;ve &Epsilon;&lambda;&lambda;&eta;&nu;&iota;&kappa;ά"
string(8) "&eacute;"
string(12) "bad � byte"
string(2) "é"
