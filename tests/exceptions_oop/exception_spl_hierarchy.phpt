--TEST--
SPL exception classes and their parents
--FILE--
<?php
$classes = ['LogicException', 'BadFunctionCallException', 'BadMethodCallException', 'DomainException',
    'InvalidArgumentException', 'LengthException', 'OutOfRangeException', 'RuntimeException',
    'OutOfBoundsException', 'OverflowException', 'RangeException', 'UnderflowException',
    'UnexpectedValueException', 'ErrorException', 'JsonException'];
foreach ($classes as $c) {
    $e = new $c("msg");
    echo str_pad($c, 26), " parent=", get_parent_class($e), " ", $e instanceof Exception ? "Exception" : "-", "\n";
}
--EXPECT--
LogicException             parent=Exception Exception
BadFunctionCallException   parent=LogicException Exception
BadMethodCallException     parent=BadFunctionCallException Exception
DomainException            parent=LogicException Exception
InvalidArgumentException   parent=LogicException Exception
LengthException            parent=LogicException Exception
OutOfRangeException        parent=LogicException Exception
RuntimeException           parent=Exception Exception
OutOfBoundsException       parent=RuntimeException Exception
OverflowException          parent=RuntimeException Exception
RangeException             parent=RuntimeException Exception
UnderflowException         parent=RuntimeException Exception
UnexpectedValueException   parent=RuntimeException Exception
ErrorException             parent=Exception Exception
JsonException              parent=Exception Exception
