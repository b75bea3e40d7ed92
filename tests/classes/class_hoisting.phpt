--TEST--
which class declarations are available before their position in the file
--FILE--
<?php
var_dump(class_exists('Plain'), class_exists('Child'), class_exists('GrandChild'));
var_dump(class_exists('WithInterface'), class_exists('WithTrait'));
interface I {}
trait T {}
class Plain {}
class Child extends Plain {}
class GrandChild extends Child {}
class WithInterface implements I {}
class WithTrait { use T; }
var_dump(class_exists('WithInterface'), class_exists('WithTrait'));
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
