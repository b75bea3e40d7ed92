--TEST--
get_mangled_object_vars, connection_*, ignore_user_abort, sys_getloadavg, get_current_user, getmyinode, getlastmod, time_nanosleep, time_sleep_until
--FILE--
<?php
class A { public $a = 1; protected $b = 2; private $c = 3; }
class B extends A { private $c = 4; public $d; }
$o = new B; $o->dyn = 5; $o->{'0'} = 'zero';
foreach (get_mangled_object_vars($o) as $k => $v) echo var_export(str_replace("\0", '\\0', $k), true), " => ", var_export($v, true), "\n";
$ao = new ArrayObject([1, 2]); var_dump(get_mangled_object_vars($ao));
var_dump(connection_aborted(), connection_status(), ignore_user_abort(), ignore_user_abort(true), ignore_user_abort());
var_dump(CONNECTION_ABORTED, CONNECTION_NORMAL, CONNECTION_TIMEOUT);
$l = sys_getloadavg(); var_dump(count($l), is_float($l[0]));
var_dump(is_string(get_current_user()), is_int(getmyinode()), getlastmod() > 1000000);
var_dump(time_nanosleep(0, 1000), time_sleep_until(microtime(true) + 0.01));
try { time_nanosleep(-1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { time_nanosleep(0, -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(@time_sleep_until(microtime(true) - 1));
time_sleep_until(1);
--EXPECTF--

Deprecated: Creation of dynamic property B::$dyn is deprecated in %sprocess_misc.php on line 4

Deprecated: Creation of dynamic property B::$0 is deprecated in %sprocess_misc.php on line 4
'a' => 1
'\\0*\\0b' => 2
'\\0A\\0c' => 3
'\\0B\\0c' => 4
'd' => NULL
'dyn' => 5
'0' => 'zero'
array(0) {
}
int(0)
int(0)
int(0)
int(0)
int(1)
int(1)
int(0)
int(2)
int(3)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0
time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0
bool(false)

Warning: time_sleep_until(): Argument #1 ($timestamp) must be greater than or equal to the current time in %sprocess_misc.php on line 15
