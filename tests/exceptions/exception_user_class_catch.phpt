--TEST--
user exception classes and catch by parent
--FILE--
<?php
class MyException extends InvalidArgumentException {}
try {
    throw new MyException("mine");
} catch (LogicException $e) {
    echo get_class($e), " caught as LogicException\n";
}
--EXPECT--
MyException caught as LogicException
