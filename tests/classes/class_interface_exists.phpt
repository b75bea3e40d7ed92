--TEST--
class_exists, interface_exists, trait_exists, enum_exists
--FILE--
<?php
class C {}
interface I {}
trait T {}
enum E {}
abstract class Abs {}
foreach (['C', 'I', 'T', 'E', 'Abs', 'c', '\C', 'Nope', 'stdClass', 'ArrayAccess', 'Exception'] as $n) {
    printf("%-12s class=%d interface=%d trait=%d enum=%d\n", $n,
        class_exists($n), interface_exists($n), trait_exists($n), enum_exists($n));
}
--EXPECT--
C            class=1 interface=0 trait=0 enum=0
I            class=0 interface=1 trait=0 enum=0
T            class=0 interface=0 trait=1 enum=0
E            class=1 interface=0 trait=0 enum=1
Abs          class=1 interface=0 trait=0 enum=0
c            class=1 interface=0 trait=0 enum=0
\C           class=1 interface=0 trait=0 enum=0
Nope         class=0 interface=0 trait=0 enum=0
stdClass     class=1 interface=0 trait=0 enum=0
ArrayAccess  class=0 interface=1 trait=0 enum=0
Exception    class=1 interface=0 trait=0 enum=0
