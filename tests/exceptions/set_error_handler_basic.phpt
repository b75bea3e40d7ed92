--TEST--
the handler gets errno, errstr, errfile, errline; set_error_handler returns the previous one
--FILE--
<?php
function handler($errno, $errstr, $errfile, $errline) {
    echo "handler: $errno | $errstr | ", $errfile === __FILE__ ? "this file" : $errfile, " | $errline\n";
    return true;
}
var_dump(set_error_handler('handler'));
echo $undefined;
$arr = [];
echo $arr["key"];
echo "array" . [] . "\n";
var_dump(set_error_handler('handler'));
--EXPECT--
NULL
handler: 2 | Undefined variable $undefined | this file | 7
handler: 2 | Undefined array key "key" | this file | 9
handler: 2 | Array to string conversion | this file | 10
arrayArray
string(7) "handler"
