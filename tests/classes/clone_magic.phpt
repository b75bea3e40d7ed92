--TEST--
__clone deep-copies and sees the new object as $this
--FILE--
<?php
class Node {
    public $children = [];
    public $id;
    static $next = 1;
    function __construct() { $this->id = self::$next++; }
    function __clone() {
        $this->id = self::$next++;
        foreach ($this->children as $k => $c) $this->children[$k] = clone $c;
        echo "cloned into {$this->id}\n";
    }
}
$root = new Node;
$root->children[] = new Node;
$root->children[] = new Node;
$copy = clone $root;
echo $root->id, " ", $copy->id, "\n";
echo $root->children[0]->id, " ", $copy->children[0]->id, "\n";
var_dump($root->children[1] === $copy->children[1]);
--EXPECT--
cloned into 5
cloned into 6
cloned into 4
1 4
2 5
bool(false)
