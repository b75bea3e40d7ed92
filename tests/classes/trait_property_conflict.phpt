--TEST--
trait properties must be compatible with the class ones
--FILE--
<?php
trait T { public $x = 1; }
class Ok { use T; public $x = 1; }
echo "ok\n";
class Bad { use T; public $x = 2; }
--EXPECTF--
ok

Fatal error: Bad and T define the same property ($x) in the composition of Bad. However, the definition differs and is considered incompatible. Class was composed in %s on line 5
