--TEST--
constructors with arguments and defaults
--FILE--
<?php
class Person {
    public $name;
    public $age;
    function __construct($name, $age = 30) {
        echo "constructing $name\n";
        $this->name = $name;
        $this->age = $age;
    }
}
$p = new Person("ann");
$q = new Person("bob", 41);
echo $p->name, " ", $p->age, "; ", $q->name, " ", $q->age, "\n";
class NoCtor { public $v = 1; }
$n = new NoCtor("extra", "args", "ignored");
echo $n->v, "\n";
--EXPECT--
constructing ann
constructing bob
ann 30; bob 41
1
