--TEST--
include: assigning a variable that already exists in the including scope is visible after the include
--FILE--
<?php
$v = 1;
include __DIR__ . '/include_assign_existing_var.inc';
echo $v, "\n";
function f() {
    $v = 2;
    include __DIR__ . '/include_assign_existing_var.inc';
    echo $v, "\n";
}
f();
--EXPECT--
1
5
2
5
