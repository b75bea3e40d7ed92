--TEST--
(bool) of every falsy and several truthy values
--FILE--
<?php
var_dump((bool)0, (bool)0.0, (bool)-0.0, (bool)"", (bool)"0", (bool)"0.0", (bool)" ", (bool)"00", (bool)[], (bool)[0], (bool)null, (bool)"false", (bool)-1, (bool)0.1, (boolean)1);
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
