--TEST--
generator methods see $this and static methods see static::
--FILE--
<?php
class Tree {
    public $children = [];
    public function __construct(public $value) {}
    public function add(Tree $t) { $this->children[] = $t; return $this; }
    public function walk() {
        yield $this->value;
        foreach ($this->children as $c) yield from $c->walk();
    }
    public static function make(...$vals) { foreach ($vals as $v) yield new static($v); }
}
$t = (new Tree(1))->add((new Tree(2))->add(new Tree(3)))->add(new Tree(4));
echo implode(" ", iterator_to_array($t->walk(), false)), "\n";
foreach (Tree::make('a', 'b') as $n) echo get_class($n), ":", $n->value, " ";
echo "\n";
--EXPECT--
1 2 3 4
Tree:a Tree:b
