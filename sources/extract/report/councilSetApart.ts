/**
 * Why a count of the whole council's, told in a commission's report beside the commission's own, is a candidate
 * (doubtOfFigure, after the council's words): the report states its author's figures (report/readOwnFigures).
 */
export const COUNCIL_APART = 'which the commission\'s report gives apart from its own';
