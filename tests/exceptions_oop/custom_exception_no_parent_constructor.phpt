--TEST--
an exception subclass that skips parent::__construct
--FILE--
<?php
class Quiet extends Exception {
    public function __construct() {}
}
$e = new Quiet;
var_dump($e->getMessage(), $e->getCode(), $e->getLine());
class Preset extends Exception {
    protected $message = "preset message";
    protected $code = 99;
}
$p = new Preset;
echo $p->getMessage(), " ", $p->getCode(), "\n";
--EXPECT--
string(0) ""
int(0)
int(5)
preset message 99
