--TEST--
methods resolved up a deep chain, with parent:: at each level
--FILE--
<?php
class L1 { function path() { return "L1"; } function only1() { return "only1"; } }
class L2 extends L1 { function path() { return parent::path() . ">L2"; } }
class L3 extends L2 { }
class L4 extends L3 { function path() { return parent::path() . ">L4"; } }
$o = new L4;
echo $o->path(), "\n";
echo $o->only1(), "\n";
echo get_parent_class($o), " ", get_parent_class('L3'), " ", var_export(get_parent_class('L1'), true), "\n";
--EXPECT--
L1>L2>L4
only1
L3 L2 false
