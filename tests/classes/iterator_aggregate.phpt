--TEST--
IteratorAggregate returning an ArrayIterator or a generator
--FILE--
<?php
class Team implements IteratorAggregate {
    private $members = ['ann' => 'lead', 'bob' => 'dev'];
    public function getIterator(): Iterator { return new ArrayIterator($this->members); }
}
class Lazy implements IteratorAggregate {
    public function getIterator(): Generator { yield 'x' => 1; yield 'y' => 2; }
}
foreach (new Team as $name => $role) echo "$name: $role\n";
foreach (new Lazy as $k => $v) echo "$k=$v\n";
print_r(iterator_to_array(new Team));
var_dump(new Team instanceof Traversable);
--EXPECT--
ann: lead
bob: dev
x=1
y=2
Array
(
    [ann] => lead
    [bob] => dev
)
bool(true)
