--TEST--
engine Error classes and the Throwable interface
--FILE--
<?php
$classes = ['Error', 'TypeError', 'ValueError', 'ArgumentCountError', 'ArithmeticError',
    'DivisionByZeroError', 'UnhandledMatchError', 'CompileError', 'ParseError', 'Exception'];
foreach ($classes as $c) {
    $e = new $c("m");
    echo str_pad($c, 20), " parent=", var_export(get_parent_class($e), true),
        " Throwable=", (int)($e instanceof Throwable), " Error=", (int)($e instanceof Error),
        " Exception=", (int)($e instanceof Exception), "\n";
}
var_dump(interface_exists('Throwable'));
--EXPECT--
Error                parent=false Throwable=1 Error=1 Exception=0
TypeError            parent='Error' Throwable=1 Error=1 Exception=0
ValueError           parent='Error' Throwable=1 Error=1 Exception=0
ArgumentCountError   parent='TypeError' Throwable=1 Error=1 Exception=0
ArithmeticError      parent='Error' Throwable=1 Error=1 Exception=0
DivisionByZeroError  parent='ArithmeticError' Throwable=1 Error=1 Exception=0
UnhandledMatchError  parent='Error' Throwable=1 Error=1 Exception=0
CompileError         parent='Error' Throwable=1 Error=1 Exception=0
ParseError           parent='CompileError' Throwable=1 Error=1 Exception=0
Exception            parent=false Throwable=1 Error=0 Exception=1
bool(true)
