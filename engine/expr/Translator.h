// The checks DynamoDB makes while turning a parse tree into an expression
// tree, in the order it walks the tree: reserved words used as attribute
// names, list indexes out of range, function names and the places a function
// may appear, and update sections used twice. It also binds function names.
// Throws ExpressionError.
#pragma once

#include "expr/Ast.h"

#include <vector>

namespace dynoscope::expr {

class Translator {
public:
    static void check(Condition& condition);
    static void check(std::vector<UpdateAction>& actions);
    static void check(const std::vector<Path>& paths);

private:
    enum class Category { Condition, Update };

    static void check(const Path& path);
    static void check(Condition& condition, int nesting);
    static void check(Operand& operand, Category category, int nesting);
    static Function function(const std::string& name, Category category, int nesting);
};

} // namespace dynoscope::expr
