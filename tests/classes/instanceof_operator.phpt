--TEST--
instanceof with classes, interfaces, strings and non-objects
--FILE--
<?php
interface Animal {}
interface Pet extends Animal {}
class Dog implements Pet {}
class Puppy extends Dog {}
$p = new Puppy;
var_dump($p instanceof Puppy, $p instanceof Dog, $p instanceof Pet, $p instanceof Animal);
var_dump($p instanceof stdClass);
$cls = 'Dog';
var_dump($p instanceof $cls);
$d = new Dog;
var_dump($d instanceof $p, $p instanceof $d);
var_dump(null instanceof Dog);
$x = 5;
var_dump($x instanceof Dog);
var_dump(!$p instanceof Dog);
var_dump($p instanceof UnknownClass);
var_dump(new Dog instanceof Dog);
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
