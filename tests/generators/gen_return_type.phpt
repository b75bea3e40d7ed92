--TEST--
generator return types must be iterable types
--FILE--
<?php
function a(): Generator { yield 1; }
function b(): iterable { yield 2; }
function c(): Traversable { yield 3; }
function d(): Iterator { yield 4; }
foreach ([a(), b(), c(), d()] as $g) echo $g->current();
echo "\n";
function bad(): array { yield 1; }
--EXPECTF--

Fatal error: Generator return type must be a supertype of Generator, array given in %s on line 8
