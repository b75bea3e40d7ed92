--TEST--
ErrorException carries a severity
--FILE--
<?php
$e = new ErrorException("msg", 1, E_WARNING, "file.php", 10);
var_dump($e->getSeverity() === E_WARNING, $e->getCode(), $e->getFile(), $e->getLine());
$d = new ErrorException("default");
var_dump($d->getSeverity());
set_error_handler(function ($no, $str, $file, $line) {
    throw new ErrorException($str, 0, $no, $file, $line);
});
try {
    $x = [] + 1;
} catch (TypeError $t) {
    echo "TypeError: ", $t->getMessage(), "\n";
}
try {
    echo $undefined;
} catch (ErrorException $e) {
    echo "ErrorException: ", $e->getMessage(), " severity=", $e->getSeverity(), " line=", $e->getLine(), "\n";
}
restore_error_handler();
--EXPECT--
bool(true)
int(1)
string(8) "file.php"
int(10)
int(1)
TypeError: Unsupported operand types: array + int
ErrorException: Undefined variable $undefined severity=2 line=15
