--TEST--
headers_sent(): the output start is where the first byte reached stdout (here inline HTML on line 1), not where header() is called
--FILE--
Inline HTML first
<?php
function greet() {
    echo "hello\n";
}
greet();
var_dump(headers_sent($file, $line), basename($file), $line);
header("X-Late: 1");
var_dump(setcookie("late", "1"));
--EXPECTF--
Inline HTML first
hello
bool(true)
string(25) "output_start_location.php"
int(1)

Warning: Cannot modify header information - headers already sent by (output started at %s/output_start_location.php:1) in %s/output_start_location.php on line 8

Warning: Cannot modify header information - headers already sent by (output started at %s/output_start_location.php:1) in %s/output_start_location.php on line 9
bool(false)
