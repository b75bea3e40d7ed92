--TEST--
$GLOBALS gives read access to globals
--FILE--
<?php
$g = 'global value';
function f() { return $GLOBALS['g']; }
var_dump(f());
var_dump(isset($GLOBALS['g']), isset($GLOBALS['nope']));
function setg() { $GLOBALS['created'] = 'made in function'; }
setg();
var_dump($created);
--EXPECT--
string(12) "global value"
bool(true)
bool(false)
string(16) "made in function"
