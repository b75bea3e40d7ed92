--TEST--
wordwrap() with and without cutting long words
--FILE--
<?php
$text = "The quick brown fox sat over the lazy dog";
var_dump(wordwrap($text, 15, "\n", true));
var_dump(wordwrap($text, 15, "<br />\n"));
var_dump(wordwrap("A very long woooooooooooord.", 8, "\n", true));
var_dump(wordwrap("A very long woooooooooooord.", 8));
var_dump(wordwrap("short", 10));
var_dump(wordwrap("", 10));
var_dump(wordwrap("abc def", 0));
var_dump(wordwrap("line1\nline2 is long", 5));
--EXPECT--
string(41) "The quick brown
fox sat over
the lazy dog"
string(53) "The quick brown<br />
fox sat over<br />
the lazy dog"
string(29) "A very
long
wooooooo
ooooord."
string(28) "A very
long
woooooooooooord."
string(5) "short"
string(0) ""
string(7) "abc
def"
string(19) "line1
line2
is
long"
