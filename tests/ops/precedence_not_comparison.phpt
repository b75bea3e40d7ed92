--TEST--
! binds tighter than comparison but ! $a = expr assigns
--FILE--
<?php
$a = 5;
var_dump(!$a == 5, !($a == 5), !$a === false);
if (!$b = 0) { echo "assigned inside !\n"; }
var_dump($b);
--EXPECT--
bool(false)
bool(false)
bool(true)
assigned inside !
int(0)
