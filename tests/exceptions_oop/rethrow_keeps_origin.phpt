--TEST--
rethrowing keeps the original file, line and trace
--FILE--
<?php
function origin() { throw new Exception("from origin"); }
try {
    try {
        origin();
    } catch (Exception $e) {
        echo "rethrowing\n";
        throw $e;
    }
} catch (Exception $e) {
    echo $e->getLine(), " ", $e->getTrace()[0]['function'], "\n";
}
--EXPECT--
rethrowing
2 origin
