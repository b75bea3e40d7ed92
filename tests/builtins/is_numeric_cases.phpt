--TEST--
is_numeric with whitespace, signs, exponents, hex and trailing text
--FILE--
<?php
foreach (["1", "1.5", "-1", "+1", ".5", "5.", "1e3", "1E-3", " 1", "1 ", " 1 ", "1x", "0x1A", "0b11", "", " ", "-", "1e", "e1", "١", 1, 1.5, null, true, "  \t\n12"] as $v) {
    echo var_export($v, true), " => ", var_export(is_numeric($v), true), "\n";
}
--EXPECT--
'1' => true
'1.5' => true
'-1' => true
'+1' => true
'.5' => true
'5.' => true
'1e3' => true
'1E-3' => true
' 1' => true
'1 ' => true
' 1 ' => true
'1x' => false
'0x1A' => false
'0b11' => false
'' => false
' ' => false
'-' => false
'1e' => false
'e1' => false
'١' => false
1 => true
1.5 => true
NULL => false
true => false
'  	
12' => true
