--TEST--
getFile and getLine are where the exception was created
--FILE--
<?php
function make() {
    return new Exception("made");
}
$e = make();
echo basename($e->getFile()), ":", $e->getLine(), "\n";
try {
    throw $e;
} catch (Exception $c) {
    echo "thrown at line 8, reports line ", $c->getLine(), "\n";
}
var_dump($e->getFile() === __FILE__);
--EXPECT--
exception_file_line.php:3
thrown at line 8, reports line 3
bool(true)
