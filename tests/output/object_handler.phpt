--TEST--
an invokable object as the handler
--FILE--
<?php
class Up { public function __invoke($b, $p) { return strtoupper($b); } }
ob_start(new Up);
echo "shout\n";
var_dump(ob_list_handlers());
ob_end_flush();
--EXPECT--
SHOUT
ARRAY(1) {
  [0]=>
  STRING(12) "UP::__INVOKE"
}
