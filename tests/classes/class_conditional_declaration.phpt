--TEST--
a class declared inside a function exists after the call
--FILE--
<?php
function declare_it() {
    class Late { const V = 'late'; }
}
var_dump(class_exists('Late'));
declare_it();
var_dump(class_exists('Late'));
echo Late::V, "\n";
--EXPECT--
bool(false)
bool(true)
late
