--TEST--
results that share the argument's string do not let writes leak back
--FILE--
<?php
$a = str_repeat("x", 2); $a .= "y";
$b = trim($a); $b .= "!";
$c = strtolower($a); $c .= "?";
$d = substr($a, 0); $d .= "#";
$e = str_replace("q", "r", $a); $e .= "%";
$f = str_pad($a, 2); $f .= "&";
var_dump($a, $b, $c, $d, $e, $f);
--EXPECT--
string(3) "xxy"
string(4) "xxy!"
string(4) "xxy?"
string(4) "xxy#"
string(4) "xxy%"
string(4) "xxy&"
