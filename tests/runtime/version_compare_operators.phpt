--TEST--
version_compare with every operator and a bad one
--FILE--
<?php
$ops = ["<", "lt", "<=", "le", ">", "gt", ">=", "ge", "==", "eq", "!=", "<>", "ne"];
foreach ([["1.0", "1.1"], ["2.0", "2.0"], ["3.0", "2.5"]] as [$a, $b]) {
    foreach ($ops as $op) echo "$a $op $b: ", var_export(version_compare($a, $b, $op), true), "\n";
}
var_dump(version_compare("1", "2", null));
try { version_compare("1", "2", "=<"); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { version_compare("1", "2", ""); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1.0 < 1.1: true
1.0 lt 1.1: true
1.0 <= 1.1: true
1.0 le 1.1: true
1.0 > 1.1: false
1.0 gt 1.1: false
1.0 >= 1.1: false
1.0 ge 1.1: false
1.0 == 1.1: false
1.0 eq 1.1: false
1.0 != 1.1: true
1.0 <> 1.1: true
1.0 ne 1.1: true
2.0 < 2.0: false
2.0 lt 2.0: false
2.0 <= 2.0: true
2.0 le 2.0: true
2.0 > 2.0: false
2.0 gt 2.0: false
2.0 >= 2.0: true
2.0 ge 2.0: true
2.0 == 2.0: true
2.0 eq 2.0: true
2.0 != 2.0: false
2.0 <> 2.0: false
2.0 ne 2.0: false
3.0 < 2.5: false
3.0 lt 2.5: false
3.0 <= 2.5: false
3.0 le 2.5: false
3.0 > 2.5: true
3.0 gt 2.5: true
3.0 >= 2.5: true
3.0 ge 2.5: true
3.0 == 2.5: false
3.0 eq 2.5: false
3.0 != 2.5: true
3.0 <> 2.5: true
3.0 ne 2.5: true
int(-1)
version_compare(): Argument #3 ($operator) must be a valid comparison operator
version_compare(): Argument #3 ($operator) must be a valid comparison operator
