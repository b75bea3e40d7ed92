--TEST--
duplicate backing values throw an Error when the enum is first used
--FILE--
<?php
enum E: int {
    case A = 1;
    case B = 1;
}
echo "declared\n";
var_dump(E::A);
--EXPECTF--
declared

Fatal error: Uncaught Error: Duplicate value in enum E for cases A and B in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
