--TEST--
private members are visible to other instances of the same class
--FILE--
<?php
class Money {
    private $cents;
    function __construct($c) { $this->cents = $c; }
    function add(Money $o) { return new Money($this->cents + $o->cents); }
    function equals(Money $o) { return $this->cents === $o->cents; }
    function cents() { return $this->cents; }
}
$a = new Money(150);
$b = $a->add(new Money(250));
echo $b->cents(), "\n";
var_dump($a->equals(new Money(150)), $a->equals($b));
--EXPECT--
400
bool(true)
bool(false)
