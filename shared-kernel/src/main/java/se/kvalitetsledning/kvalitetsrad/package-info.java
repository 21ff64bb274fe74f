/**
 * The kvalitetsråd's meetings: who met, the monthly summary they reviewed frozen as it was, notes per agenda point and
 * decisions, each of which can become an åtgärd in the backlog; justerat minutes never change.
 */
package se.kvalitetsledning.kvalitetsrad;
