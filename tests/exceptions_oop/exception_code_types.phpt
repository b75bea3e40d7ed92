--TEST--
exception codes must be integers for Exception but may be anything when set by subclasses
--FILE--
<?php
class StrCode extends Exception {
    public function __construct($m, $c) { parent::__construct($m); $this->code = $c; }
}
$e = new StrCode("m", "E42");
var_dump($e->getCode());
try { throw new Exception("m", 1.5); } catch (TypeError $t) { echo get_class($t), "\n"; } catch (Exception $x) { var_dump($x->getCode()); }
--EXPECTF--
string(3) "E42"

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 7
int(1)
