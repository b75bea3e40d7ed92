--TEST--
sprintf() %s with width, precision, alignment and custom padding
--FILE--
<?php
var_dump(sprintf("[%s]", "abc"));
var_dump(sprintf("[%10s]", "abc"));
var_dump(sprintf("[%-10s]", "abc"));
var_dump(sprintf("[%'*10s]", "abc"));
var_dump(sprintf("[%-'x10s]", "abc"));
var_dump(sprintf("[%05s]", "ab"));
var_dump(sprintf("[%-05s]", "ab"));
var_dump(sprintf("[%.2s]", "abcdef"));
var_dump(sprintf("[%5.1s]", "xyz"));
var_dump(sprintf("[%s|%s|%s|%s]", true, false, null, 1.0));
var_dump(sprintf("%%s is literal, 100%%"));
--EXPECT--
string(5) "[abc]"
string(12) "[       abc]"
string(12) "[abc       ]"
string(12) "[*******abc]"
string(12) "[abcxxxxxxx]"
string(7) "[000ab]"
string(7) "[ab000]"
string(4) "[ab]"
string(7) "[    x]"
string(7) "[1|||1]"
string(19) "%s is literal, 100%"
